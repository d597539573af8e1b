package org.citizenshop.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.citizenshop.application.BundleAdministration;
import org.citizenshop.application.CatalogueAdministration;
import org.citizenshop.application.CatalogueServiceView;
import org.citizenshop.application.FormGroupView;
import org.citizenshop.application.ServiceFinder;
import org.citizenshop.domain.model.DomainException;
import org.citizenshop.domain.model.LocalizedText;
import org.citizenshop.domain.model.catalogue.LifeEventDefinition;

/**
 * The bundle designer: a life event's names, summary and search words, and its steps (any agency's
 * services, optional or not, each waiting for the steps it needs); the preview shows the one form
 * a citizen will fill; save keeps a draft (a circle of steps is refused, saying which), publish puts
 * it live as a new version. Another agency's life event is shown read-only.
 */
@Named
@ViewScoped
public class BundleDesignerView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An editable step. */
    public static final class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String service = "";
        private boolean optional;
        private List<String> dependsOn = new ArrayList<>();
        private String condition = "";

        public String getCondition() {
            return condition;
        }

        public void setCondition(String condition) {
            this.condition = condition == null ? "" : condition;
        }

        public String getService() {
            return service;
        }

        public void setService(String service) {
            this.service = service == null ? "" : service;
        }

        public boolean isOptional() {
            return optional;
        }

        public void setOptional(boolean optional) {
            this.optional = optional;
        }

        public List<String> getDependsOn() {
            return dependsOn;
        }

        public void setDependsOn(List<String> dependsOn) {
            this.dependsOn = dependsOn == null ? new ArrayList<>() : new ArrayList<>(dependsOn);
        }
    }

    @Inject
    BundleAdministration bundles;

    @Inject
    ServiceFinder finder;

    @Inject
    Feedback feedback;

    private String code;
    private boolean editable;
    private List<CatalogueAdministration.VersionEntry> versions = List.of();
    private List<CatalogueServiceView> services = List.of();
    private List<FormGroupView> preview;

    private String namePt = "";
    private String nameEn = "";
    private String summaryPt = "";
    private String summaryEn = "";
    private String keywordsPt = "";
    private String keywordsEn = "";
    private final List<StepRow> steps = new ArrayList<>();
    private Integer minimumOptional = 0;

    /** Loads the life event named by the page's {@code event} parameter; without one, back to the list. */
    public void load() {
        if (code == null || code.isBlank()) {
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            faces.getApplication()
                    .getNavigationHandler()
                    .handleNavigation(faces, null, "/admin/index?faces-redirect=true");
            return;
        }
        try {
            services = finder.services();
            editable =
                    bundles.lifeEvents().stream().anyMatch(entry -> entry.code().equals(code) && entry.editable());
            versions = bundles.versions(code);
            show(bundles.definition(code, versions.get(0).number()));
        } catch (DomainException refused) {
            feedback.refused(refused);
        } catch (EJBException failure) {
            feedback.failed(failure);
        }
    }

    private void show(LifeEventDefinition definition) {
        namePt = definition.name().pt();
        nameEn = definition.name().en();
        summaryPt = definition.summary().pt();
        summaryEn = definition.summary().en();
        keywordsPt = definition.keywords().pt();
        keywordsEn = definition.keywords().en();
        minimumOptional = definition.minimumOptional();
        steps.clear();
        for (LifeEventDefinition.Step step : definition.steps()) {
            StepRow row = new StepRow();
            row.service = step.service();
            row.optional = step.optional();
            row.dependsOn = new ArrayList<>(step.dependsOn().stream().sorted().toList());
            row.condition = step.condition() == null ? "" : step.condition();
            steps.add(row);
        }
    }

    private LifeEventDefinition typed() {
        return new LifeEventDefinition(
                new LocalizedText(namePt, nameEn),
                new LocalizedText(summaryPt, summaryEn),
                new LocalizedText(keywordsPt, keywordsEn),
                steps.stream()
                        .map(row -> new LifeEventDefinition.Step(
                                row.service, row.optional, new LinkedHashSet<>(row.dependsOn), row.condition))
                        .toList(),
                minimumOptional == null ? 0 : minimumOptional);
    }

    private static final Map<String, String> FIELD_IDS = Map.of(
            "namePt", "designer:name-pt",
            "nameEn", "designer:name-en",
            "summaryPt", "designer:summary-pt",
            "summaryEn", "designer:summary-en",
            "minimumOptional", "designer:minimum-optional");

    public void showPreview() {
        try {
            preview = bundles.form(typed());
        } catch (DomainException refused) {
            preview = null;
            feedback.refused(refused, FIELD_IDS);
        } catch (EJBException failure) {
            feedback.failed(failure);
        }
    }

    public void saveDraft() {
        try {
            CatalogueAdministration.VersionEntry saved = bundles.saveDraft(code, typed());
            feedback.info("admin.saved", saved.number());
            versions = bundles.versions(code);
        } catch (DomainException refused) {
            feedback.refused(refused, FIELD_IDS);
        } catch (EJBException failure) {
            feedback.failed(failure);
        }
    }

    public void publish() {
        try {
            bundles.saveDraft(code, typed());
            CatalogueAdministration.VersionEntry published = bundles.publish(code);
            feedback.info("admin.published", published.number());
            versions = bundles.versions(code);
        } catch (DomainException refused) {
            feedback.refused(refused, FIELD_IDS);
        } catch (EJBException failure) {
            feedback.failed(failure);
        }
    }

    public void addStep() {
        steps.add(new StepRow());
    }

    public void removeStep(StepRow row) {
        steps.remove(row);
        steps.forEach(other -> other.dependsOn.remove(row.service));
    }

    /** The other steps' services, which this step may wait for. */
    public List<String> others(StepRow row) {
        return steps.stream()
                .filter(other -> other != row && !other.service.isBlank())
                .map(other -> other.service)
                .toList();
    }

    /** A form group's heading: the known groups translated, one an administrator made up as he wrote it. */
    public String groupLabel(String group, java.util.Locale locale) {
        return org.citizenshop.web.i18n.Texts.textOr(locale, "form.group." + group, group);
    }

    public String serviceLabel(String serviceCode, java.util.Locale locale) {
        return services.stream()
                .filter(service -> service.code().equals(serviceCode))
                .findFirst()
                .map(service -> service.code() + " — " + service.name().in(locale))
                .orElse(serviceCode);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<CatalogueAdministration.VersionEntry> getVersions() {
        return versions;
    }

    public List<CatalogueServiceView> getServices() {
        return services;
    }

    public List<FormGroupView> getPreview() {
        return preview;
    }

    public List<StepRow> getSteps() {
        return steps;
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

    public String getSummaryPt() {
        return summaryPt;
    }

    public void setSummaryPt(String summaryPt) {
        this.summaryPt = summaryPt == null ? "" : summaryPt;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn == null ? "" : summaryEn;
    }

    public String getKeywordsPt() {
        return keywordsPt;
    }

    public void setKeywordsPt(String keywordsPt) {
        this.keywordsPt = keywordsPt == null ? "" : keywordsPt;
    }

    public Integer getMinimumOptional() {
        return minimumOptional;
    }

    public void setMinimumOptional(Integer minimumOptional) {
        this.minimumOptional = minimumOptional;
    }

    public String getKeywordsEn() {
        return keywordsEn;
    }

    public void setKeywordsEn(String keywordsEn) {
        this.keywordsEn = keywordsEn == null ? "" : keywordsEn;
    }
}
