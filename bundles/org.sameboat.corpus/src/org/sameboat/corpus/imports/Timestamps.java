package org.sameboat.corpus.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Clock times as transcripts write them: h:mm:ss, mm:ss or hh:mm:ss, with optional .fff or ,fff fractions. */
public final class Timestamps {

    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");

    private Timestamps() {
    }

    /** Milliseconds, or -1 when the text is not a clock time. */
    public static long parseMillis(String clock) {
        Matcher m = CLOCK.matcher(clock.strip());
        if (!m.matches()) {
            return -1;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (minutes > 59 && m.group(1) != null || seconds > 59) {
            return -1;
        }
        long millis = 0;
        if (m.group(4) != null) {
            String fraction = (m.group(4) + "00").substring(0, 3);
            millis = Long.parseLong(fraction);
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }

    /** h:mm:ss for display. */
    public static String format(long millis) {
        // by hand: String.format costs more than the rest of a CSV row's import together
        long seconds = millis / 1000;
        StringBuilder out = new StringBuilder(8).append(seconds / 3600).append(':');
        twoDigits(out, seconds / 60 % 60).append(':');
        return twoDigits(out, seconds % 60).toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, long value) {
        return (value >= 0 && value < 10 ? out.append('0') : out).append(value);
    }
}
