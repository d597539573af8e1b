package org.citizenshop.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.citizenshop.domain.model.NotFoundException;
import org.citizenshop.web.api.Verifications;
import org.citizenshop.web.api.Verifications.Verification;

/**
 * Anyone checks a receipt or a document an agency issued, with the code printed on it (or the
 * document's SHA-256 digest): genuine, with what it is, or not known. Nothing personal is shown.
 */
@Named
@ViewScoped
public class VerifyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Verifications verifications;

    private String code;
    private Verification found;
    private boolean notKnown;

    /** Checks straight away when the address carried the code. */
    public void load() {
        if (code != null && !code.isBlank()) {
            check();
        }
    }

    public String check() {
        found = null;
        notKnown = false;
        try {
            found = verifications.check(code);
        } catch (NotFoundException unknown) {
            // A receipt with a wrong tracking code and a code nobody issued get the same answer.
            notKnown = true;
        }
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Verification getFound() {
        return found;
    }

    public boolean isNotKnown() {
        return notKnown;
    }
}
