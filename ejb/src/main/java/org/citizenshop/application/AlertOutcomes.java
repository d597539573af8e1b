package org.citizenshop.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the integration layer reports what became of an alert it delivered to the notification gateway. */
public interface AlertOutcomes {

    void delivered(long alert, @NotBlank @Size(max = 60) String messageId);

    /** Recorded in its own transaction, so it stays when the delivery is rolled back for a retry. */
    void failed(long alert, String error);
}
