package nl.dichtbij.platform.web;

import nl.dichtbij.platform.OngeldigeInvoerException;

import org.springframework.validation.BindingResult;

/** Puts a refused business rule back on the form, beside the field it is about. */
public final class Formulieren {

    private Formulieren() {
    }

    public static void fouten(BindingResult resultaat, OngeldigeInvoerException e) {
        e.fouten().forEach((veld, melding) -> {
            if (resultaat.getTarget() != null && new org.springframework.beans.BeanWrapperImpl(resultaat.getTarget()).isReadableProperty(veld)) {
                if (!resultaat.hasFieldErrors(veld)) {
                    resultaat.rejectValue(veld, "ongeldig", melding);
                }
            } else {
                resultaat.reject("ongeldig", melding);
            }
        });
    }
}
