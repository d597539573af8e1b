package org.citizenshop.agencysim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.citizenshop.agencysim.common.Json;

/** Sample agency payloads from {@code src/test/resources/agency/<code>/}. */
public final class Samples {

    private Samples() {}

    public static String irn(String name) {
        return sample("irn", name);
    }

    public static JsonNode irnJson(String name) {
        return json(irn(name), name);
    }

    public static String notification(String name) {
        return sample("notify", name);
    }

    public static JsonNode notificationJson(String name) {
        return json(notification(name), name);
    }

    /** A SOAP envelope of {@code agency/at/} with its {@code {key}} placeholder filled in. */
    public static String at(String name, String key) {
        return sample("at", name).replace("{key}", key);
    }

    public static String iss(String name) {
        return sample("iss", name);
    }

    public static String sns(String name) {
        return sample("sns", name);
    }

    public static String imt(String name) {
        return sample("imt", name);
    }

    public static String cml(String name) {
        return sample("cml", name);
    }

    private static String sample(String agency, String name) {
        String resource = "/agency/" + agency + "/" + name;
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text, String name) {
        return Json.parse(text).orElseThrow(() -> new IllegalArgumentException(name + " is not JSON"));
    }
}
