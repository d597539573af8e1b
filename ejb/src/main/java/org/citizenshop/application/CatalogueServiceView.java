package org.citizenshop.application;

import java.io.Serializable;
import java.util.List;
import org.citizenshop.domain.model.LocalizedText;

/** A service of the catalogue as citizens and clerks see it in the finder. */
public record CatalogueServiceView(
        String code,
        LocalizedText name,
        String agency,
        LocalizedText agencyName,
        String channels,
        int feeCents,
        List<LocalizedText> whatToBring,
        int averageMinutes,
        String minimumIdentification,
        int slaAmount,
        String slaUnit,
        String legalBasis)
        implements Serializable {}
