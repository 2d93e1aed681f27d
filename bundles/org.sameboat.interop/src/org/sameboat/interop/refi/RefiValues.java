package org.sameboat.interop.refi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.sameboat.model.AttributeDefinition;
import org.sameboat.model.text.XmlChars;
import org.w3c.dom.Element;

/** Values as REFI-QDA writes them, read into the forms Sameboat keeps; empty when a value does not parse. */
final class RefiValues {

    private RefiValues() {
    }

    /** REFI allows #RGB and #RRGGBB; Sameboat keeps #RRGGBB. */
    static Optional<String> colour(String value) {
        if (value.matches("#[0-9A-Fa-f]{6}")) {
            return Optional.of(value);
        }
        if (value.matches("#[0-9A-Fa-f]{3}")) {
            StringBuilder six = new StringBuilder("#");
            for (char c : value.substring(1).toCharArray()) {
                six.append(c).append(c);
            }
            return Optional.of(six.toString());
        }
        return Optional.empty();
    }

    /** A variable's value in the canonical text form of the definition's type. */
    static Optional<String> variableValue(Element element, AttributeDefinition definition) {
        for (String kind : List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")) {
            Optional<Element> child = Dom.child(element, kind);
            if (child.isEmpty()) {
                continue;
            }
            String raw = child.get().getTextContent().strip();
            try {
                String canonical = switch (definition.getType()) {
                    case NUMBER -> kind.equals("IntegerValue") ? new BigInteger(raw).toString() : new BigDecimal(raw).toPlainString();
                    case BOOLEAN -> switch (raw) {
                        case "true", "1" -> "true";
                        case "false", "0" -> "false";
                        default -> throw new NumberFormatException(raw);
                    };
                    case DATE -> LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw).toString();
                    case TEXT -> child.get().getTextContent();
                };
                return Optional.of(canonical);
            } catch (NumberFormatException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static boolean isIsoDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static Optional<Long> number(Element element, String attribute) {
        try {
            return Dom.attr(element, attribute).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An xsd:dateTime attribute in epoch milliseconds. */
    static Optional<Long> time(Element element, String attribute) {
        try {
            return Dom.attr(element, attribute).map(t -> OffsetDateTime.parse(t).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Text fit for a warning or memo: characters XML cannot hold, and controls, are named instead. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(XmlChars.allowed(c) && !Character.isISOControl(c)
                ? Character.toString(c) : XmlChars.describe(c)));
        return out.toString();
    }
}
