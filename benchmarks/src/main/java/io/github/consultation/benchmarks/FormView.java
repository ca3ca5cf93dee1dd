package io.github.consultation.benchmarks;

import java.util.List;

/**
 * The feedback form as data for a template engine: what the competitors of the library's
 * renderer render, with the same markup as the library's in each theme and state. Each theme's
 * differences are data (class names, which wrappers exist); the templates do the structure and
 * the escaping.
 */
public final class FormView {
    /** One link of the error summary. */
    public record ErrorLink(String href, String message) {
        public String getHref() {
            return href;
        }

        public String getMessage() {
            return message;
        }
    }

    /** One option of a select. */
    public record Option(String value, boolean valueAttribute, String label, boolean selected) {
        public String getValue() {
            return value;
        }

        public boolean isValueAttribute() {
            return valueAttribute;
        }

        public String getLabel() {
            return label;
        }

        public boolean isSelected() {
            return selected;
        }
    }

    /** Options under a group heading, or (heading null) not grouped. */
    public record Group(String groupHeading, List<Option> options) {
        public String getGroupHeading() {
            return groupHeading;
        }

        public List<Option> getOptions() {
            return options;
        }
    }

    /** One question: its wrapper, label, hint, inline error and control. */
    public record Control(String wrapperClass, String labelClass, String label, boolean star, String optional,
            String hintId, String hintClass, String hint, String errorId, String errorClass, String hiddenClass,
            String errorPrefix, String error, String tag, String controlClass, String type, String id, String name,
            boolean required, String describedBy, boolean invalid, Integer minlength, Integer maxlength, String pattern,
            String autocomplete, boolean spellcheckOff, String rows, String placeholder, String value,
            String emptyOption, List<Group> groups) {
        public String getWrapperClass() {
            return wrapperClass;
        }

        public String getLabelClass() {
            return labelClass;
        }

        public String getLabel() {
            return label;
        }

        public boolean isStar() {
            return star;
        }

        public String getOptional() {
            return optional;
        }

        public String getHintId() {
            return hintId;
        }

        public String getHintClass() {
            return hintClass;
        }

        public String getHint() {
            return hint;
        }

        public String getErrorId() {
            return errorId;
        }

        public String getErrorClass() {
            return errorClass;
        }

        public String getHiddenClass() {
            return hiddenClass;
        }

        public String getErrorPrefix() {
            return errorPrefix;
        }

        public String getError() {
            return error;
        }

        public boolean isSelect() {
            return tag.equals("select");
        }

        public boolean isTextarea() {
            return tag.equals("textarea");
        }

        public boolean isInput() {
            return tag.equals("input");
        }

        public String getControlClass() {
            return controlClass;
        }

        public String getType() {
            return type;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public boolean isRequired() {
            return required;
        }

        public String getDescribedBy() {
            return describedBy;
        }

        public boolean isInvalid() {
            return invalid;
        }

        public Integer getMinlength() {
            return minlength;
        }

        public Integer getMaxlength() {
            return maxlength;
        }

        public String getPattern() {
            return pattern;
        }

        public String getAutocomplete() {
            return autocomplete;
        }

        public boolean isSpellcheckOff() {
            return spellcheckOff;
        }

        public String getRows() {
            return rows;
        }

        public String getPlaceholder() {
            return placeholder;
        }

        public String getValue() {
            return value;
        }

        public String getEmptyOption() {
            return emptyOption;
        }

        public List<Group> getGroups() {
            return groups;
        }
    }

    private final boolean govuk;
    private final boolean plain;
    private final String wrapperClass;
    private final String headingClass;
    private final String heading;
    private final String summaryClass;
    private final String summaryTitle;
    private final List<ErrorLink> errors;
    private final String page;
    private final boolean honeypotStyle;
    private final List<Control> controls;
    private final String actionsClass;
    private final String buttonClass;
    private final String submit;
    private final String successClass;
    private final boolean successHidden;
    private final String success;
    private final String failureClass;
    private final String failure;
    private final String tab;
    private final String fields;

    FormView(String tab, String fields, boolean govuk, boolean plain, String wrapperClass, String headingClass, String heading, String summaryClass,
            String summaryTitle, List<ErrorLink> errors, String page, boolean honeypotStyle, List<Control> controls,
            String actionsClass, String buttonClass, String submit, String successClass, boolean successHidden,
            String success, String failureClass, String failure) {
        this.tab = tab;
        this.fields = fields;
        this.govuk = govuk;
        this.plain = plain;
        this.wrapperClass = wrapperClass;
        this.headingClass = headingClass;
        this.heading = heading;
        this.summaryClass = summaryClass;
        this.summaryTitle = summaryTitle;
        this.errors = errors;
        this.page = page;
        this.honeypotStyle = honeypotStyle;
        this.controls = controls;
        this.actionsClass = actionsClass;
        this.buttonClass = buttonClass;
        this.submit = submit;
        this.successClass = successClass;
        this.successHidden = successHidden;
        this.success = success;
        this.failureClass = failureClass;
        this.failure = failure;
    }

    /** The form's tab, for the enhancement script's JSON. */
    public String getTab() {
        return tab;
    }

    /** The names the enhancement script sends, space separated. */
    public String getFields() {
        return fields;
    }

    public boolean isGovuk() {
        return govuk;
    }

    public boolean isPlain() {
        return plain;
    }

    public String getWrapperClass() {
        return wrapperClass;
    }

    public String getHeadingClass() {
        return headingClass;
    }

    public String getHeading() {
        return heading;
    }

    public boolean isFailed() {
        return !errors.isEmpty();
    }

    public String getSummaryClass() {
        return summaryClass;
    }

    public String getSummaryTitle() {
        return summaryTitle;
    }

    public List<ErrorLink> getErrors() {
        return errors;
    }

    public String getPage() {
        return page;
    }

    public boolean isHoneypotStyle() {
        return honeypotStyle;
    }

    public List<Control> getControls() {
        return controls;
    }

    public String getActionsClass() {
        return actionsClass;
    }

    public String getButtonClass() {
        return buttonClass;
    }

    public String getSubmit() {
        return submit;
    }

    public String getSuccessClass() {
        return successClass;
    }

    public boolean isSuccessHidden() {
        return successHidden;
    }

    public String getSuccess() {
        return success;
    }

    public String getFailureClass() {
        return failureClass;
    }

    public String getFailure() {
        return failure;
    }
}
