package org.citizenshop.agencysim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.citizenshop.agencysim.Samples.at;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtHttpTest {

    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";

    private final RunningSimulator simulator = new RunningSimulator();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void nif_is200SubmitResponseWithAValidNifForAChild() throws Exception {
        HttpResponse<String> response = simulator.submitAt(at("nif-request.xml", "key-1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        SoapAnswer answer = SoapAnswer.of(response.body());
        assertThat(answer.faultCode()).isNull();
        assertThat(answer.reference()).isEqualTo("AT-2026-000001");
        String nif = answer.outputs().get("child.nif");
        assertThat(nif).hasSize(9).startsWith("2");
        assertThat(CheckDigits.nifCheckHolds(nif)).isTrue();
        assertThat(answer.outputs()).containsOnlyKeys("child.nif");
    }

    @Test
    void nif_comesWithTheCertificate_inlineAsBase64_withItsSizeDigestAndVerificationCode() throws Exception {
        SoapAnswer answer =
                SoapAnswer.of(simulator.submitAt(at("nif-request.xml", "key-1")).body());

        Element document = answer.document();
        byte[] pdf = Base64.getMimeDecoder().decode(document.getTextContent());
        assertThat(document.getAttribute("contentType")).isEqualTo("application/pdf");
        assertThat(document.getAttribute("fileName")).isEqualTo("AT-2026-000001.pdf");
        assertThat(Integer.parseInt(document.getAttribute("size"))).isEqualTo(pdf.length);
        assertThat(document.getAttribute("sha256")).isEqualTo(IssuedPdf.sha256(pdf));
        String code = document.getAttribute("verificationCode");
        assertThat(code).matches("AT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(IssuedPdf.text(pdf))
                .contains(
                        "Tax number certificate",
                        "AT-2026-000001",
                        code,
                        answer.outputs().get("child.nif"));
    }

    @Test
    void onePersonHasOneNif_andAnotherPersonAnother() throws Exception {
        String first = nifOf(simulator.submitAt(at("nif-request.xml", "key-1")));
        String again = nifOf(simulator.submitAt(at("nif-request.xml", "key-2")));
        String other = nifOf(simulator.submitAt(at("nif-other-child-request.xml", "key-3")));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(CheckDigits.nifCheckHolds(other)).isTrue();
        assertThat(simulator.effectCount("at")).isEqualTo(3);
    }

    @Test
    void replayWithSameKey_isTheSameAnswerWithoutNewEffect() throws Exception {
        HttpResponse<String> first = simulator.submitAt(at("nif-request.xml", "key-1"));

        HttpResponse<String> replay = simulator.submitAt(at("nif-request-reordered.xml", "key-1"));

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(simulator.effectCount("at")).isEqualTo(1);
    }

    @Test
    void sameKeyForAnotherRequest_isAClientFaultKeyReused() throws Exception {
        simulator.submitAt(at("nif-request.xml", "key-1"));

        HttpResponse<String> reused = simulator.submitAt(at("nif-other-child-request.xml", "key-1"));

        assertThat(reused.statusCode()).isEqualTo(500);
        SoapAnswer fault = SoapAnswer.of(reused.body());
        assertThat(fault.faultCode()).isEqualTo("soapenv:Client");
        assertThat(fault.rejectionCode()).isEqualTo("KEY_REUSED");
        assertThat(simulator.effectCount("at")).isEqualTo(1);
    }

    @Test
    void rejection_isAClientFaultWithItsDetail_recordedOnceAndReplayed() throws Exception {
        HttpResponse<String> first = simulator.submitAt(at("nif-without-civil-id-request.xml", "key-1"));
        HttpResponse<String> replay = simulator.submitAt(at("nif-without-civil-id-request.xml", "key-1"));

        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(first.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        SoapAnswer fault = SoapAnswer.of(first.body());
        assertThat(fault.faultCode()).isEqualTo("soapenv:Client");
        assertThat(fault.rejectionCode()).isEqualTo("INVALID_REQUEST");
        assertThat(fault.rejectionReason()).isEqualTo("child.civilId is required.");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(simulator.effectCount("at")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "household-bad-nif-request.xml, INVALID_NIF",
        "nif-no-postal-code-request.xml, INVALID_ADDRESS",
        "unknown-service-request.xml, UNKNOWN_SERVICE",
        "duplicate-field-request.xml, INVALID_REQUEST",
    })
    void invalidRequest_isAClientFaultWithItsCode(String sample, String code) throws Exception {
        SoapAnswer fault = SoapAnswer.of(
                simulator.submitAt(at(sample, "key-1").replace("{nif}", "")).body());

        assertThat(fault.faultCode()).isEqualTo("soapenv:Client");
        assertThat(fault.rejectionCode()).isEqualTo(code);
        assertThat(fault.rejectionReason()).isNotBlank();
    }

    @Test
    void household_takesTheNifTheChildWasGiven() throws Exception {
        String nif = nifOf(simulator.submitAt(at("nif-request.xml", "key-1")));

        SoapAnswer answer = SoapAnswer.of(simulator
                .submitAt(at("household-request.xml", "key-2").replace("{nif}", nif))
                .body());

        assertThat(answer.reference()).isEqualTo("AT-2026-000002");
        assertThat(answer.outputs()).containsEntry("household.confirmation", "AT-2026-000002");
    }

    @Test
    void addressAndCompany_areConfirmed() throws Exception {
        SoapAnswer address = SoapAnswer.of(
                simulator.submitAt(at("address-request.xml", "key-1")).body());
        SoapAnswer company = SoapAnswer.of(
                simulator.submitAt(at("company-request.xml", "key-2")).body());

        assertThat(address.outputs()).containsEntry("address.taxConfirmation", "AT-2026-000001");
        assertThat(company.outputs()).containsEntry("company.activityConfirmation", "AT-2026-000002");
        assertThat(address.document()).as("only AT-NIF issues a document").isNull();
        assertThat(company.document()).isNull();
    }

    @Test
    void estate_getsAValidNifStartingWith70() throws Exception {
        SoapAnswer answer = SoapAnswer.of(
                simulator.submitAt(at("estate-request.xml", "key-1")).body());

        String nif = answer.outputs().get("estate.nif");
        assertThat(nif).hasSize(9).startsWith("70");
        assertThat(CheckDigits.nifCheckHolds(nif)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe-request.xml", "billion-laughs-request.xml"})
    void documentTypeDeclaration_isAClientFaultAndNothingIsRead(String sample) throws Exception {
        HttpResponse<String> response = simulator.submitAt(at(sample, "key-1"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("root:").doesNotContain("lollol");
        SoapAnswer fault = SoapAnswer.of(response.body());
        assertThat(fault.faultCode()).isEqualTo("soapenv:Client");
        assertThat(fault.rejectionCode()).isEqualTo("MALFORMED");
        assertThat(simulator.effectCount("at")).isZero();
        // Nothing was recorded: the key is still free for a readable request.
        assertThat(simulator.submitAt(at("nif-request.xml", "key-1")).statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "malformed-request.xml, MALFORMED",
        "soap12-request.xml, MALFORMED",
        "without-key-request.xml, MISSING_IDEMPOTENCY_KEY",
    })
    void unusableEnvelope_isAClientFaultAndRecordsNothing(String sample, String code) throws Exception {
        HttpResponse<String> response = simulator.submitAt(at(sample, "key-1"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(SoapAnswer.of(response.body()).rejectionCode()).isEqualTo(code);
        assertThat(simulator.effectCount("at")).isZero();
    }

    @Test
    void invalidKey_isAClientFault() throws Exception {
        HttpResponse<String> response = simulator.submitAt(at("nif-request.xml", "not_valid"));

        assertThat(SoapAnswer.of(response.body()).rejectionCode()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
    }

    @Test
    void otherSoapAction_isAClientFault() throws Exception {
        HttpResponse<String> response = simulator.send(simulator
                .request("/at/ws/tax-services")
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"urn:pt:at:citizenshop:tax:v1:delete\"")
                .POST(HttpRequest.BodyPublishers.ofString(at("nif-request.xml", "key-1"))));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(SoapAnswer.of(response.body()).rejectionCode()).isEqualTo("UNKNOWN_ACTION");
    }

    @Test
    void down_is503WithoutBody() throws Exception {
        simulator.setBehaviour("at", "{\"down\":true}");

        HttpResponse<String> response = simulator.submitAt(at("nif-request.xml", "key-1"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEmpty();
        assertThat(simulator.effectCount("at")).isZero();
    }

    @Test
    void garbled_answersAWebPage_recordsNothing_andTheSameKeySucceedsOnceMended() throws Exception {
        HttpResponse<String> switched = simulator.setBehaviour("at", "{\"garbled\":true}");

        HttpResponse<String> garbled = simulator.submitAt(at("nif-request.xml", "key-1"));
        simulator.setBehaviour("at", "{}");
        HttpResponse<String> mended = simulator.submitAt(at("nif-request.xml", "key-1"));

        assertThat(switched.body()).contains("\"garbled\":true");
        assertThat(garbled.statusCode()).isEqualTo(200);
        assertThat(garbled.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(garbled.body()).startsWith("<!DOCTYPE html>");
        assertThat(mended.statusCode()).isEqualTo(200);
        assertThat(SoapAnswer.of(mended.body()).faultCode()).isNull();
        assertThat(simulator.effectCount("at")).isEqualTo(1);
    }

    @Test
    void simulatedFailure_isAServerFault_thenTheSameKeySucceeds() throws Exception {
        simulator.setBehaviour("at", "{\"failureRate\":1.0}");
        simulator.dice.willRoll(0.5);

        HttpResponse<String> failed = simulator.submitAt(at("nif-request.xml", "key-1"));
        simulator.setBehaviour("at", "{}");
        HttpResponse<String> retried = simulator.submitAt(at("nif-request.xml", "key-1"));

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(SoapAnswer.of(failed.body()).faultCode()).isEqualTo("soapenv:Server");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(simulator.effectCount("at")).isEqualTo(1);
    }

    @Test
    void wsdl_describesTheServiceAtThisAddress() throws Exception {
        HttpResponse<String> response = simulator.get("/at/ws/tax-services?wsdl");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        Document wsdl = parse(response.body());
        Element definitions = wsdl.getDocumentElement();
        assertThat(definitions.getNamespaceURI()).isEqualTo(WSDL_NS);
        assertThat(definitions.getLocalName()).isEqualTo("definitions");
        assertThat(definitions.getAttribute("targetNamespace")).isEqualTo("urn:pt:at:citizenshop:tax:v1");
        Element address = (Element) wsdl.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap/", "address")
                .item(0);
        assertThat(address.getAttribute("location"))
                .isEqualTo(
                        simulator.request("/at/ws/tax-services").build().uri().toString());
        Element operation = (Element) wsdl.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap/", "operation")
                .item(0);
        assertThat(operation.getAttribute("soapAction")).isEqualTo("urn:pt:at:citizenshop:tax:v1:submit");
        assertThat(simulator.get("/at/ws/tax-services?WSDL").statusCode()).isEqualTo(200);
        assertThat(simulator.get("/at/ws/tax-services").statusCode()).isEqualTo(404);
    }

    @Test
    void wsdlSchema_acceptsTheContractsRequestAndTheAnswers() throws Exception {
        Document wsdl = parse(simulator.get("/at/ws/tax-services?wsdl").body());
        Element schemaElement = (Element) wsdl.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema")
                .item(0);
        Schema schema =
                SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new DOMSource(schemaElement));

        Document request = parse(at("nif-request.xml", "key-1"));
        Document response =
                parse(simulator.submitAt(at("nif-request.xml", "key-1")).body());
        Document fault = parse(simulator
                .submitAt(at("nif-no-postal-code-request.xml", "key-2"))
                .body());

        for (String name : new String[] {"IdempotencyKey", "SubmitRequest"}) {
            Element element = (Element)
                    request.getElementsByTagNameNS(SoapAnswer.AT_NS, name).item(0);
            assertThatCode(() -> schema.newValidator().validate(new DOMSource(element)))
                    .doesNotThrowAnyException();
        }
        Element submitResponse = (Element) response.getElementsByTagNameNS(SoapAnswer.AT_NS, "SubmitResponse")
                .item(0);
        Element rejection = (Element)
                fault.getElementsByTagNameNS(SoapAnswer.AT_NS, "Rejection").item(0);
        assertThatCode(() -> schema.newValidator().validate(new DOMSource(submitResponse)))
                .doesNotThrowAnyException();
        assertThatCode(() -> schema.newValidator().validate(new DOMSource(rejection)))
                .doesNotThrowAnyException();
    }

    private static String nifOf(HttpResponse<String> response) {
        return SoapAnswer.of(response.body()).outputs().get("child.nif");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
