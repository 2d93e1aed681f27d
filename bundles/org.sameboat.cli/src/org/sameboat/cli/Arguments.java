package org.sameboat.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.sameboat.model.text.XmlChars;

/** A verb's command line split into positional arguments and --options, checked against what the verb accepts. */
public final class Arguments {

    private final String verb;
    private final List<String> positional;
    private final Map<String, String> options;

    private Arguments(String verb, List<String> positional, Map<String, String> options) {
        this.verb = verb;
        this.positional = positional;
        this.options = options;
    }

    /** Parses tokens after the verb: "--name value", "--name=value", flags as "--flag", "--" ends options. */
    public static Arguments parse(Verb verb, List<String> tokens) throws CliException {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        boolean optionsEnded = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (optionsEnded || !token.startsWith("--") || token.length() == 2) {
                if (token.equals("--") && !optionsEnded) {
                    optionsEnded = true;
                } else {
                    positional.add(token);
                }
                continue;
            }
            String name = token.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!verb.options().contains(name) && !verb.flags().contains(name)) {
                throw CliException.usage("'" + verb.name() + "' has no option --" + name + "; usage: sameboat " + verb.name() + " " + verb.synopsis());
            }
            if (verb.flags().contains(name)) {
                if (value != null) {
                    throw CliException.usage("--" + name + " takes no value");
                }
                value = "true";
            } else if (value == null) {
                if (i + 1 >= tokens.size()) {
                    throw CliException.usage("--" + name + " needs a value; usage: sameboat " + verb.name() + " " + verb.synopsis());
                }
                value = tokens.get(++i);
            }
            if (value.isBlank()) {
                // a blank name, memo or path is never what was meant, and a blank coder or project name made a
                // project that every later write refused
                throw CliException.usage("--" + name + " needs a value that is not blank; usage: sameboat " + verb.name() + " " + verb.synopsis());
            }
            checkCharacters("--" + name, value);
            if (options.put(name, value) != null) {
                throw CliException.usage("--" + name + " is given twice");
            }
        }
        for (int i = 0; i < positional.size(); i++) {
            checkCharacters("argument " + (i + 1), positional.get(i));
        }
        return new Arguments(verb.name() + " " + verb.synopsis(), positional, options);
    }

    /** Refuses text a project file could not hold, naming the character rather than echoing it to the terminal. */
    private static void checkCharacters(String where, String value) throws CliException {
        OptionalInt bad = XmlChars.firstIllegal(value);
        if (bad.isPresent()) {
            throw CliException.usage(where + " holds the character " + XmlChars.describeAt(value, bad.getAsInt()) + " at position "
                    + (value.codePointCount(0, bad.getAsInt()) + 1) + ", which a project cannot hold; leave it out");
        }
    }

    public List<String> positional() {
        return positional;
    }

    /** Positional argument number index, or a usage error naming what is missing. */
    public String positional(int index, String what) throws CliException {
        if (index >= positional.size()) {
            throw CliException.usage("missing " + what + "; usage: sameboat " + verb);
        }
        return positional.get(index);
    }

    /** For verbs that take one project folder and nothing else positional: that folder. */
    public String onlyFolder() throws CliException {
        String folder = positional(0, "the project folder DIR");
        expectAtMost(1);
        return folder;
    }

    /** Fails when more positional arguments were given than the verb takes. */
    public void expectAtMost(int count) throws CliException {
        if (positional.size() > count) {
            throw CliException.usage("unexpected argument '" + positional.get(count) + "'; usage: sameboat " + verb);
        }
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) throws CliException {
        String value = options.get(name);
        if (value == null) {
            throw CliException.usage("--" + name + " is required; usage: sameboat " + verb);
        }
        return value;
    }

    public int requiredInt(String name) throws CliException {
        String value = required(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw CliException.usage("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /** Names of the options given, for verbs whose options exclude each other. */
    public Set<String> given() {
        return options.keySet();
    }
}
