package org.citizenshop.agencysim.sns;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citizenshop.agencysim.common.Address;
import org.citizenshop.agencysim.common.Identifiers;

/**
 * The registered health service users as FHIR {@code Patient} resources, found by civil ID number or SNS user number.
 * A patient's id is their SNS user number. The seed holds the civil registry's seeded citizens, so that addresses and
 * deaths can be recorded for them. Callers get copies; every change goes through {@link #save}.
 */
final class PatientRegistry {

    record Seed(
            String civilId,
            String snsNumber,
            String given,
            String family,
            String birthDate,
            String gender,
            String address) {}

    static final List<Seed> SEED = List.of(
            new Seed(
                    "12345678",
                    "123456789",
                    "Cidadã",
                    "Exemplo Um",
                    "1980-04-12",
                    "female",
                    "Rua Augusta 1, 1100-053 Lisboa"),
            new Seed(
                    "30000001",
                    "300000011",
                    "Cidadão",
                    "Exemplo Dois",
                    "1978-09-30",
                    "male",
                    "Rua Augusta 1, 1100-053 Lisboa"),
            new Seed(
                    "30000002",
                    "300000022",
                    "Cidadã",
                    "Exemplo Três",
                    "1950-01-15",
                    "female",
                    "Avenida da República 50, 1050-196 Lisboa"),
            new Seed(
                    "30000003",
                    "300000033",
                    "Cidadão",
                    "Exemplo Quatro",
                    "1992-06-01",
                    "male",
                    "Rua de Santa Catarina 10, 4000-441 Porto"),
            new Seed(
                    "30000004",
                    "300000044",
                    "Cidadã",
                    "Exemplo Cinco",
                    "2001-11-11",
                    "female",
                    "Praça do Comércio 2, 1100-148 Lisboa"),
            new Seed(
                    "30000005",
                    "300000055",
                    "Cidadão",
                    "Exemplo Seis",
                    "1965-03-03",
                    "male",
                    "Rua Ferreira Borges 5, 3000-180 Coimbra"),
            // Died (the civil registry knows it); his registration is still open until SNS-DEATH closes it.
            new Seed(
                    "30000006",
                    "300000066",
                    "Cidadão",
                    "Exemplo Sete",
                    "1941-02-20",
                    "male",
                    "Rua da Madalena 30, 1100-321 Lisboa"));

    private final Map<String, ObjectNode> byId = new HashMap<>();
    private final Map<String, String> idByCivilId = new HashMap<>();
    private final Instant seededAt;

    PatientRegistry(Instant seededAt) {
        this.seededAt = seededAt;
        reset();
    }

    synchronized Optional<ObjectNode> find(Condition condition) {
        String id = Fhir.CIVIL_ID_SYSTEM.equals(condition.system())
                ? idByCivilId.get(condition.value())
                : condition.value();
        return byId(id == null ? "" : id);
    }

    synchronized Optional<ObjectNode> byId(String id) {
        return Optional.ofNullable(byId.get(id)).map(ObjectNode::deepCopy);
    }

    /** Stores a new or changed patient, whose {@code id} is its SNS user number and whose civil ID never changes. */
    synchronized void save(String civilId, ObjectNode patient) {
        String id = patient.get("id").asText();
        byId.put(id, patient.deepCopy());
        idByCivilId.put(civilId, id);
    }

    synchronized void reset() {
        byId.clear();
        idByCivilId.clear();
        for (Seed seed : SEED) {
            ObjectNode patient = PatientResources.newPatient(
                    seed.snsNumber(),
                    Fhir.NODES.arrayNode().add(Fhir.identifier(Fhir.CIVIL_ID_SYSTEM, seed.civilId())),
                    seededAt);
            ObjectNode name = Fhir.NODES.objectNode().put("family", seed.family());
            name.set("given", Fhir.NODES.arrayNode().add(seed.given()));
            patient.set("name", Fhir.NODES.arrayNode().add(name));
            patient.put("gender", seed.gender());
            patient.put("birthDate", seed.birthDate());
            Address address = new Address(seed.address(), Identifiers.postalCodeIn(seed.address()));
            PatientResources.moveTo(patient, address, HealthUnits.of(address));
            save(seed.civilId(), PatientResources.ordered(patient));
        }
    }
}
