package org.sameboat.interop.refi;

import java.util.List;
import java.util.Optional;

import org.sameboat.model.AttributeDefinition;
import org.sameboat.model.AttributeType;
import org.sameboat.model.AttributeValue;
import org.w3c.dom.Element;

/** REFI variables into attribute definitions, and the values sources and cases give them. */
final class VariableReader {

    private final RefiImportState state;

    VariableReader(RefiImportState state) {
        this.state = state;
    }

    void readVariables() {
        boolean dateTimeWarned = false;
        for (Element element : Dom.grandchildren(state.root, "Variables", "Variable")) {
            String name = Dom.attr(element, "name").orElse("(unnamed)");
            AttributeDefinition definition = state.ids.identify(RefiImportState.F.createAttributeDefinition(), element,
                    "variable '" + name + "'");
            definition.setName(name);
            String type = Dom.attr(element, "typeOfVariable").orElse("Text");
            definition.setType(switch (type) {
                case "Integer", "Float" -> AttributeType.NUMBER;
                case "Boolean" -> AttributeType.BOOLEAN;
                case "Date" -> AttributeType.DATE;
                default -> AttributeType.TEXT;
            });
            if (type.equals("DateTime") && !dateTimeWarned) {
                state.warnings.add("DateTime variables such as '" + name + "' are kept as text: Sameboat attributes have no time of day");
                dateTimeWarned = true;
            }
            Dom.childText(element, "Description").ifPresent(definition::setDescription);
            state.project.getAttributeDefinitions().add(definition);
            state.variables.put(definition.getId(), definition);
        }
    }

    /** The variable values of a source or case; one naming no variable, or not of its type, is left out with a warning. */
    void readValues(Element owner, List<AttributeValue> into, String ownerLabel) {
        for (Element element : Dom.children(owner, "VariableValue")) {
            Optional<String> target = Dom.child(element, "VariableRef").flatMap(r -> state.ids.ref(r, "targetGUID"));
            AttributeDefinition definition = target.map(state.variables::get).orElse(null);
            if (definition == null) {
                state.warnings.add(ownerLabel + " has a value for variable " + target.orElse("(none)") + ", which does not exist; it was left out");
                continue;
            }
            Optional<String> value = RefiValues.variableValue(element, definition);
            if (value.isEmpty()) {
                state.warnings.add(ownerLabel + " has a value for variable '" + definition.getName() + "' that is not a valid "
                        + definition.getType().getLiteral() + "; it was left out");
                continue;
            }
            AttributeValue attribute = RefiImportState.F.createAttributeValue();
            attribute.setDefinition(definition);
            attribute.setValue(value.get());
            into.add(attribute);
        }
    }
}
