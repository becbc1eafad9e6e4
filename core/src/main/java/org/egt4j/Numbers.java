package org.egt4j;

import java.util.Locale;

/** Numbers as reports and statements write them: short, locale-independent, integers without a point. */
public final class Numbers {

    private Numbers() {}

    /**
     * A short decimal: an integer value (below 10<sup>15</sup>) as an integer, otherwise {@code
     * significant} significant digits in {@code %g} style with the trailing zeros of the mantissa
     * removed, e.g. 2 → "2", 1/3 → "0.3333" (4 digits), 1.5e20 → "1.5e+20", 1e-7 → "1e-07".
     *
     * @param v the value
     * @param significant significant digits, at least 1
     * @return the text, in {@link Locale#ROOT}
     */
    public static String shortDecimal(double v, int significant) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%." + significant + "g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) { // trailing zeros of the mantissa only, never of an exponent
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + s.substring(e);
    }
}
