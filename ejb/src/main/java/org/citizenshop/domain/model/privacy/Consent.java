package org.citizenshop.domain.model.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.citizenshop.domain.model.Clipped;
import org.citizenshop.domain.model.ConflictException;
import org.citizenshop.domain.model.InvalidInputException;
import org.citizenshop.domain.model.cases.CaseData;
import org.citizenshop.domain.model.citizen.CivilIdNumber;

/**
 * A citizen's consent to what a life event does with his data: which registry is read to prefill
 * the form, which data goes to which agency for which purpose. At a desk the clerk asks and the
 * citizen answers on the display facing him; at a kiosk he gives it himself, logged in. Given, it
 * can be withdrawn as easily (GDPR art. 7(3)); a withdrawal stops the steps not sent yet.
 */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 36)
    private String publicId;

    @Column(name = "subject_civil_id", nullable = false, length = 8)
    private String subjectCivilId;

    @Column(name = "life_event_code", length = 30)
    private String lifeEventCode;

    @Column(name = "items", nullable = false, length = 8000)
    private ConsentItems items;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ConsentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentChannel channel;

    @Column(name = "shop_code", length = 20)
    private String shopCode;

    @Column(name = "desk_code", length = 30)
    private String deskCode;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, length = 30)
    private LegalBasis legalBasis;

    @Column(name = "on_behalf_of", length = 100)
    private String onBehalfOf;

    @Column(name = "basis_document", length = 100)
    private String basisDocument;

    @Column(name = "prefilled", length = 4000)
    private CaseData prefilled;

    @Version
    private long version;

    protected Consent() {}

    private Consent(
            CivilIdNumber subject,
            String lifeEventCode,
            ConsentItems items,
            ConsentChannel channel,
            String shopCode,
            String deskCode,
            String requestedBy,
            Instant requestedAt,
            Proxy proxy) {
        this.publicId = UUID.randomUUID().toString();
        this.subjectCivilId = Objects.requireNonNull(subject, "subject").value();
        this.lifeEventCode = lifeEventCode;
        this.items = Objects.requireNonNull(items, "items");
        this.status = ConsentStatus.REQUESTED;
        this.channel = channel;
        this.shopCode = shopCode;
        this.deskCode = deskCode;
        this.requestedBy = Clipped.to(requestedBy, 100);
        this.requestedAt = requestedAt;
        Proxy acting = proxy == null ? Proxy.SELF : proxy;
        this.legalBasis = acting.basis();
        this.onBehalfOf = acting.onBehalfOf();
        this.basisDocument = acting.document();
    }

    /**
     * Someone acting for another person: the legal basis, whom for (a name or a civil ID number, or
     * "the child to be registered"), and the reference of the document that proves it where the
     * basis needs one (a power of attorney, the estate's habilitation).
     */
    public record Proxy(LegalBasis basis, String onBehalfOf, String document) {

        public static final Proxy SELF = new Proxy(LegalBasis.SELF, null, null);

        public Proxy {
            basis = basis == null ? LegalBasis.SELF : basis;
            onBehalfOf = blank(onBehalfOf) ? null : onBehalfOf.strip();
            document = blank(document) ? null : document.strip();
            if (basis != LegalBasis.SELF && onBehalfOf == null) {
                throw new InvalidInputException(
                        "onBehalfOf", "consent.onBehalfOfRequired", "Say for whom the applicant acts");
            }
            if (basis.needsDocument() && document == null) {
                throw new InvalidInputException(
                        "basisDocument", "consent.basisDocumentRequired", "Record the document that proves the basis");
            }
            if (onBehalfOf != null && onBehalfOf.length() > 100) {
                throw new InvalidInputException("onBehalfOf", "validation.constraint.Size", "At most 100 characters");
            }
            if (document != null && document.length() > 100) {
                throw new InvalidInputException(
                        "basisDocument", "validation.constraint.Size", "At most 100 characters");
            }
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    /** Asked at a desk: the citizen answers on the display facing him. */
    public static Consent askedAtDesk(
            CivilIdNumber subject,
            String lifeEventCode,
            ConsentItems items,
            String shopCode,
            String deskCode,
            String clerk,
            Instant at,
            Proxy proxy) {
        return new Consent(
                subject, lifeEventCode, items, ConsentChannel.CUSTOMER_DISPLAY, shopCode, deskCode, clerk, at, proxy);
    }

    /** Given by a citizen himself, logged in at a kiosk. */
    public static Consent givenAtKiosk(
            CivilIdNumber subject,
            String lifeEventCode,
            ConsentItems items,
            String shopCode,
            String citizen,
            Instant at,
            Proxy proxy) {
        Consent consent =
                new Consent(subject, lifeEventCode, items, ConsentChannel.KIOSK, shopCode, null, citizen, at, proxy);
        consent.answer(true, at);
        return consent;
    }

    /** The citizen's answer, once. */
    public void answer(boolean given, Instant at) {
        if (status == ConsentStatus.REQUESTED && !awaitsAnswer(at)) {
            throw new ConflictException("consent.expired", "This question was not answered in time");
        }
        if (status != ConsentStatus.REQUESTED) {
            throw new ConflictException("consent.alreadyAnswered", "This consent was answered already");
        }
        status = given ? ConsentStatus.GIVEN : ConsentStatus.REFUSED;
        answeredAt = at;
    }

    /** How long a question stays on the customer display unanswered. */
    public static final java.time.Duration ANSWER_WITHIN = java.time.Duration.ofMinutes(10);

    /** The question was not answered and is taken off the display; nothing was given. */
    public void expire() {
        if (status == ConsentStatus.REQUESTED) {
            status = ConsentStatus.EXPIRED;
        }
    }

    /** Where it stands at this moment: a question not answered in time has expired. */
    public ConsentStatus statusAt(Instant now) {
        return status == ConsentStatus.REQUESTED && !awaitsAnswer(now) ? ConsentStatus.EXPIRED : status;
    }

    /** Whether it still waits for the citizen's answer at this moment. */
    public boolean awaitsAnswer(Instant now) {
        return status == ConsentStatus.REQUESTED
                && requestedAt.plus(ANSWER_WITHIN).isAfter(now);
    }

    /** Withdrawn by the citizen (or a clerk at his request): no lookup, no step sent from now on. */
    public void withdraw(String by, Instant at) {
        if (status != ConsentStatus.GIVEN) {
            throw new ConflictException("consent.notGiven", "Only a consent that was given can be withdrawn");
        }
        status = ConsentStatus.WITHDRAWN;
        withdrawnAt = at;
        withdrawnBy = Clipped.to(by, 100);
    }

    /** Refuses anything the consent does not cover now. */
    public void requireGiven() {
        if (status != ConsentStatus.GIVEN) {
            throw new ConflictException("consent.notGiven", "The citizen has not given this consent", status.name());
        }
    }

    /** Refuses a case for another person or life event than the citizen agreed to. */
    public void requireCovers(String civilId, String lifeEvent) {
        requireGiven();
        if (!Objects.equals(lifeEventCode, lifeEvent)) {
            throw new ConflictException(
                    "consent.otherLifeEvent", "The consent was given for another life event", lifeEventCode);
        }
        if (civilId != null && !civilId.equals(subjectCivilId)) {
            throw new ConflictException("consent.otherPerson", "The consent was given by another person");
        }
    }

    /** What the registries prefilled, kept to show on the case which values came from them. */
    public void recordPrefill(CaseData values) {
        requireGiven();
        this.prefilled = values;
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String subjectCivilId() {
        return subjectCivilId;
    }

    public Optional<String> lifeEventCode() {
        return Optional.ofNullable(lifeEventCode);
    }

    public ConsentItems items() {
        return items;
    }

    public ConsentStatus status() {
        return status;
    }

    public ConsentChannel channel() {
        return channel;
    }

    public Optional<String> shopCode() {
        return Optional.ofNullable(shopCode);
    }

    public Optional<String> deskCode() {
        return Optional.ofNullable(deskCode);
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public Proxy proxy() {
        return new Proxy(legalBasis, onBehalfOf, basisDocument);
    }

    public CaseData prefilled() {
        return prefilled == null ? CaseData.EMPTY : prefilled;
    }
}
