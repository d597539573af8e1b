/**
 * Trust: the citizen's consent before his data is looked up or shared between agencies (given on a
 * screen facing him, never by the clerk's click alone), the customer display where he gives it,
 * and the data tracker that keeps every read or change of his personal data for him to see.
 */
package org.citizenshop.domain.model.privacy;
