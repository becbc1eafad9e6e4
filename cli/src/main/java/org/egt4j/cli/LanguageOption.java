package org.egt4j.cli;

import org.egt4j.ModelException;
import org.egt4j.report.Messages;
import org.egt4j.spec.SpecLoader;
import picocli.CommandLine.Option;

/**
 * {@code --lang zh|en}: the language of a command's report text (docs/chinese.md), over the spec's
 * top-level {@code language:} key; English when neither is given. JSON keys, tokens and the JSON
 * {@code statement} fields stay English whatever the language: they are the data contract.
 */
final class LanguageOption {

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "report language: en or zh (default: the spec's `language:`, else en)")
    String lang;

    /**
     * The catalogue to write with.
     *
     * @param spec the loaded spec, whose {@code language:} applies when {@code --lang} is absent
     * @return the sentences of the chosen language
     * @throws ModelException for a language that has no catalogue
     */
    Messages messages(SpecLoader.GameSpec spec) {
        if (lang == null) {
            return Messages.of(spec.language());
        }
        if (!Messages.LANGUAGES.contains(lang)) {
            throw new ModelException(
                    "--lang " + lang + ": '" + lang + "' is not a report language",
                    "give --lang zh (Chinese) or --lang en (English, the default)");
        }
        return Messages.of(lang);
    }
}
