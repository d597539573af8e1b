/** The simulated tax authority (AT) back office: a synchronous SOAP 1.1 web service with its WSDL. */
package org.citizenshop.agencysim.at;
