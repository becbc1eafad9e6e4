package org.egt4j;

/**
 * One {@code --budget KIND=N} as written on a command line: the kind and the limit, read the one way
 * every budget reads it (the analysis', the finite populations', the SDE ensembles' and the Spark plans'
 * budgets each check the kinds and ranges of their own).
 *
 * @param kind the text before {@code =} (the whole text when there is none), trimmed
 * @param limit N as a whole number ({@code _} allowed as a digit separator), or −1 when there is no
 *     {@code =} or N is not a whole number
 */
public record BudgetAssignment(String kind, long limit) {

    /**
     * Reads {@code KIND=N}.
     *
     * @param assignment the text after {@code --budget}
     * @return its kind and limit (−1 for a missing or malformed N: the caller refuses it with its hint)
     */
    public static BudgetAssignment parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            return new BudgetAssignment(assignment.trim(), -1);
        }
        String kind = assignment.substring(0, eq).trim();
        try {
            return new BudgetAssignment(
                    kind, Long.parseLong(assignment.substring(eq + 1).trim().replace("_", "")));
        } catch (NumberFormatException e) {
            return new BudgetAssignment(kind, -1);
        }
    }
}
