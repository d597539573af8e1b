package org.citizenshop.agencysim;

import java.util.Map;

/** Where the simulator listens, from the environment so that the run script and the tests can move it. */
record Settings(String host, int port) {

    static final String HOST_VARIABLE = "AGENCY_SIM_HOST";
    static final String PORT_VARIABLE = "AGENCY_SIM_PORT";
    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 8280;

    static Settings from(Map<String, String> environment) {
        String host = environment.getOrDefault(HOST_VARIABLE, "").trim();
        String port = environment.getOrDefault(PORT_VARIABLE, "").trim();
        return new Settings(host.isEmpty() ? DEFAULT_HOST : host, port.isEmpty() ? DEFAULT_PORT : parsePort(port));
    }

    private static int parsePort(String text) {
        int port;
        try {
            port = Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(PORT_VARIABLE + " must be a port number, not " + text, notANumber);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(PORT_VARIABLE + " must be between 0 and 65535, not " + text);
        }
        return port;
    }
}
