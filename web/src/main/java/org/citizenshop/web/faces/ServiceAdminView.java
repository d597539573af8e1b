package org.citizenshop.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citizenshop.application.CatalogueAdministration;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.FieldType;
import org.citizenshop.domain.model.catalogue.ServiceChannels;
import org.citizenshop.domain.model.catalogue.ServiceDefinition;
import org.citizenshop.domain.model.catalogue.ServiceTerms;

/**
 * An agency administrator's services: the list (his agency's first, the others' read-only), and the
 * editor of one service's next version: texts in both languages, channels, fee, duration, what to
 * bring, the fields it asks for. Save keeps a draft; the preview shows it as the kiosk will; publish
 * puts it live as a new version, and the history says who changed what. Whatever is refused stays
 * on the screen as typed, with the reason next to the field.
 */
@Named
@ViewScoped
public class ServiceAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An editable row of the field editor. */
    public static final class FieldRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key = "";
        private String type = FieldType.TEXT.name();
        private String labelPt = "";
        private String labelEn = "";
        private String group = "";
        private boolean required = true;
        private String prefillFrom = "";
        private boolean prefillLocked;
        private String choices = "";

        static FieldRow of(ServiceDefinition.Field field) {
            FieldRow row = new FieldRow();
            row.key = field.key();
            row.type = field.type().name();
            row.labelPt = field.label().pt();
            row.labelEn = field.label().en();
            row.group = field.group();
            row.required = field.required();
            row.prefillFrom = field.prefillFrom() == null ? "" : field.prefillFrom();
            row.prefillLocked = field.prefillLocked();
            row.choices = String.join(", ", field.choices());
            return row;
        }

        ServiceDefinition.Field toField() {
            return new ServiceDefinition.Field(
                    key.strip(),
                    type == null || type.isBlank() ? null : FieldType.valueOf(type),
                    new LocalizedText(labelPt, labelEn),
                    group == null || group.isBlank() ? "other" : group.strip(),
                    required,
                    prefillFrom == null || prefillFrom.isBlank() ? null : prefillFrom,
                    prefillLocked,
                    choices == null || choices.isBlank()
                            ? List.of()
                            : Arrays.stream(choices.split(","))
                                    .map(String::strip)
                                    .filter(choice -> !choice.isEmpty())
                                    .toList());
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key == null ? "" : key;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getLabelPt() {
            return labelPt;
        }

        public void setLabelPt(String labelPt) {
            this.labelPt = labelPt == null ? "" : labelPt;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn == null ? "" : labelEn;
        }

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group == null ? "" : group;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getPrefillFrom() {
            return prefillFrom;
        }

        public void setPrefillFrom(String prefillFrom) {
            this.prefillFrom = prefillFrom;
        }

        public boolean isPrefillLocked() {
            return prefillLocked;
        }

        public void setPrefillLocked(boolean prefillLocked) {
            this.prefillLocked = prefillLocked;
        }

        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices == null ? "" : choices;
        }
    }

    @Inject
    CatalogueAdministration administration;

    @Inject
    Feedback feedback;

    @Inject
    org.citizenshop.application.BundleAdministration bundles;

    private List<org.citizenshop.application.BundleAdministration.BundleEntry> lifeEvents = List.of();

    private String service;
    private String agency;
    private List<CatalogueAdministration.ServiceEntry> services = List.of();
    private List<CatalogueAdministration.VersionEntry> versions = List.of();
    private boolean editable;
    private ServiceDefinition preview;

    private String namePt = "";
    private String nameEn = "";
    private String keywordsPt = "";
    private String keywordsEn = "";
    private String channels = ServiceChannels.DESK.name();
    private BigDecimal fee = BigDecimal.ZERO;
    private Integer averageMinutes = 10;
    private String bringPt = "";
    private String bringEn = "";
    private final List<FieldRow> fields = new ArrayList<>();
    private String minimumIdentification =
            ServiceTerms.DEFAULT.minimumIdentification().name();
    private Integer slaAmount = ServiceTerms.DEFAULT.slaAmount();
    private String slaUnit = ServiceTerms.DEFAULT.slaUnit().name();
    private String legalBasis = "";
    private String connector = ServiceTerms.DEFAULT.connector();

    /** Loads the list, and the service named by the page's {@code service} parameter into the editor. */
    public void load() {
        try {
            agency = administration.agency();
            services = administration.services();
            lifeEvents = bundles.lifeEvents();
            if (service != null && !service.isBlank()) {
                open(service);
            }
        } catch (DomainException refused) {
            feedback.refused(refused);
        } catch (EJBException failure) {
            feedback.failed(failure);
        }
    }

    private void open(String code) {
        versions = administration.versions(code);
        CatalogueAdministration.VersionEntry latest = versions.get(0);
        editable = services.stream().anyMatch(entry -> entry.code().equals(code) && entry.editable());
        show(administration.definition(code, latest.number()));
        preview = null;
    }

    private void show(ServiceDefinition definition) {
        namePt = definition.name().pt();
        nameEn = definition.name().en();
        keywordsPt = definition.keywords().pt();
        keywordsEn = definition.keywords().en();
        channels = definition.channels().name();
        fee = BigDecimal.valueOf(definition.feeCents(), 2);
        averageMinutes = definition.averageMinutes();
        bringPt = String.join(
                "\n", definition.whatToBring().stream().map(LocalizedText::pt).toList());
        bringEn = String.join(
                "\n", definition.whatToBring().stream().map(LocalizedText::en).toList());
        fields.clear();
        definition.fields().forEach(field -> fields.add(FieldRow.of(field)));
        minimumIdentification = definition.terms().minimumIdentification().name();
        slaAmount = definition.terms().slaAmount();
        slaUnit = definition.terms().slaUnit().name();
        legalBasis = definition.terms().legalBasis();
        connector = definition.terms().connector();
    }

    /** The definition as typed; refused (with the field named) when a rule is broken. */
    private ServiceDefinition typed() {
        List<String> inPt = lines(bringPt);
        List<String> inEn = lines(bringEn);
        if (inPt.size() != inEn.size()) {
            throw new org.citizenshop.domain.model.InvalidInputException(
                    "whatToBring",
                    "admin.bringLines",
                    "What to bring needs as many lines in English as in Portuguese",
                    inPt.size(),
                    inEn.size());
        }
        List<LocalizedText> bring = new ArrayList<>();
        for (int i = 0; i < inPt.size(); i++) {
            bring.add(new LocalizedText(inPt.get(i), inEn.get(i)));
        }
        BigDecimal euros = fee == null ? BigDecimal.ZERO : fee;
        return new ServiceDefinition(
                new LocalizedText(namePt, nameEn),
                new LocalizedText(keywordsPt, keywordsEn),
                channels == null || channels.isBlank() ? null : ServiceChannels.valueOf(channels),
                euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact(),
                averageMinutes == null ? 0 : averageMinutes,
                bring,
                fields.stream().map(FieldRow::toField).toList(),
                new ServiceTerms(
                        minimumIdentification == null || minimumIdentification.isBlank()
                                ? null
                                : ServiceTerms.IdentificationLevel.valueOf(minimumIdentification),
                        slaAmount == null ? 0 : slaAmount,
                        slaUnit == null || slaUnit.isBlank() ? null : ServiceTerms.SlaUnit.valueOf(slaUnit),
                        legalBasis,
                        connector));
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    public void saveDraft() {
        try {
            CatalogueAdministration.VersionEntry saved = administration.saveDraft(service, typed());
            feedback.info("admin.saved", saved.number());
            refreshLists();
        } catch (DomainException refused) {
            feedback.refused(refused, FIELD_IDS);
        } catch (EJBException failure) {
            feedback.failed(failure);
        }
    }

    public void showPreview() {
        try {
            preview = typed();
        } catch (DomainException refused) {
            preview = null;
            feedback.refused(refused, FIELD_IDS);
        }
    }

    public void publish() {
        try {
            administration.saveDraft(service, typed());
            CatalogueAdministration.VersionEntry published = administration.publish(service);
            feedback.info("admin.published", published.number());
            refreshLists();
        } catch (DomainException refused) {
            feedback.refused(refused, FIELD_IDS);
        } catch (EJBException failure) {
            feedback.failed(failure);
        }
    }

    public void discardDraft() {
        try {
            administration.discardDraft(service);
            feedback.info("admin.discarded");
            services = administration.services();
            open(service);
        } catch (DomainException refused) {
            feedback.refused(refused);
        } catch (EJBException failure) {
            feedback.failed(failure);
        }
    }

    private void refreshLists() {
        services = administration.services();
        versions = administration.versions(service);
    }

    private String newCode = "";
    private String newNamePt = "";
    private String newNameEn = "";

    /** Proposes a new service of the caller's agency and opens it in the editor. */
    public String create() {
        try {
            String code = newCode == null ? "" : newCode.strip().toUpperCase(java.util.Locale.ROOT);
            administration.createService(
                    code,
                    new ServiceDefinition(
                            new LocalizedText(newNamePt, newNameEn),
                            null,
                            ServiceChannels.DESK,
                            0,
                            10,
                            List.of(),
                            List.of(),
                            null));
            return "/admin/index?faces-redirect=true&service=" + code;
        } catch (DomainException refused) {
            feedback.refused(
                    refused,
                    Map.of(
                            "code", "editor:new-code",
                            "service", "editor:new-code",
                            "namePt", "editor:new-name-pt",
                            "nameEn", "editor:new-name-en"));
            return null;
        } catch (EJBException failure) {
            feedback.failed(failure);
            return null;
        }
    }

    public String getNewCode() {
        return newCode == null || newCode.isEmpty() ? (agency == null ? "" : agency + "-") : newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewNamePt() {
        return newNamePt;
    }

    public void setNewNamePt(String newNamePt) {
        this.newNamePt = newNamePt == null ? "" : newNamePt;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn == null ? "" : newNameEn;
    }

    public void addField() {
        fields.add(new FieldRow());
    }

    public void removeField(FieldRow row) {
        fields.remove(row);
    }

    /** The input ids the definition's rules name, for messages next to them. */
    private static final Map<String, String> FIELD_IDS = fieldIds();

    private static Map<String, String> fieldIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("namePt", "editor:name-pt");
        ids.put("nameEn", "editor:name-en");
        ids.put("keywordsPt", "editor:keywords-pt");
        ids.put("keywordsEn", "editor:keywords-en");
        ids.put("channels", "editor:channels");
        ids.put("feeCents", "editor:fee");
        ids.put("averageMinutes", "editor:minutes");
        ids.put("whatToBring", "editor:bring-pt");
        ids.put("minimumIdentification", "editor:identification");
        ids.put("slaAmount", "editor:sla-amount");
        ids.put("slaUnit", "editor:sla-unit");
        ids.put("legalBasis", "editor:legal-basis");
        ids.put("connector", "editor:connector");
        return Map.copyOf(ids);
    }

    public boolean isHasDraft() {
        return !versions.isEmpty() && "DRAFT".equals(versions.get(0).status());
    }

    public List<String> getPreviewBring(String language) {
        if (preview == null) {
            return List.of();
        }
        return preview.whatToBring().stream()
                .map(item -> "en".equals(language) ? item.en() : item.pt())
                .toList();
    }

    public FieldType[] getFieldTypes() {
        return FieldType.values();
    }

    public ServiceChannels[] getChannelValues() {
        return ServiceChannels.values();
    }

    public List<String> getAgencies() {
        return List.of("IRN", "AT", "ISS", "SNS", "IMT", "CML");
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public List<org.citizenshop.application.BundleAdministration.BundleEntry> getLifeEvents() {
        return lifeEvents;
    }

    public String getAgency() {
        return agency;
    }

    public List<CatalogueAdministration.ServiceEntry> getServices() {
        return services;
    }

    public List<CatalogueAdministration.VersionEntry> getVersions() {
        return versions;
    }

    public boolean isEditable() {
        return editable;
    }

    public ServiceDefinition getPreview() {
        return preview;
    }

    public String getNamePt() {
        return namePt;
    }

    public void setNamePt(String namePt) {
        this.namePt = namePt == null ? "" : namePt;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn == null ? "" : nameEn;
    }

    public String getKeywordsPt() {
        return keywordsPt;
    }

    public void setKeywordsPt(String keywordsPt) {
        this.keywordsPt = keywordsPt == null ? "" : keywordsPt;
    }

    public String getKeywordsEn() {
        return keywordsEn;
    }

    public void setKeywordsEn(String keywordsEn) {
        this.keywordsEn = keywordsEn == null ? "" : keywordsEn;
    }

    public String getChannels() {
        return channels;
    }

    public void setChannels(String channels) {
        this.channels = channels;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal fee) {
        this.fee = fee;
    }

    public Integer getAverageMinutes() {
        return averageMinutes;
    }

    public void setAverageMinutes(Integer averageMinutes) {
        this.averageMinutes = averageMinutes;
    }

    public String getBringPt() {
        return bringPt;
    }

    public void setBringPt(String bringPt) {
        this.bringPt = bringPt;
    }

    public String getBringEn() {
        return bringEn;
    }

    public void setBringEn(String bringEn) {
        this.bringEn = bringEn;
    }

    public ServiceTerms.IdentificationLevel[] getIdentificationLevels() {
        return ServiceTerms.IdentificationLevel.values();
    }

    public ServiceTerms.SlaUnit[] getSlaUnits() {
        return ServiceTerms.SlaUnit.values();
    }

    public List<String> getConnectors() {
        return ServiceTerms.CONNECTORS;
    }

    public String getMinimumIdentification() {
        return minimumIdentification;
    }

    public void setMinimumIdentification(String minimumIdentification) {
        this.minimumIdentification = minimumIdentification;
    }

    public Integer getSlaAmount() {
        return slaAmount;
    }

    public void setSlaAmount(Integer slaAmount) {
        this.slaAmount = slaAmount;
    }

    public String getSlaUnit() {
        return slaUnit;
    }

    public void setSlaUnit(String slaUnit) {
        this.slaUnit = slaUnit;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getConnector() {
        return connector;
    }

    public void setConnector(String connector) {
        this.connector = connector;
    }

    public List<FieldRow> getFields() {
        return fields;
    }
}
