/**
 * The JSON service request that the agencies taking the civil registry's form share (IRN, CML, IMT),
 * and the reading of their JSON answers.
 */
package org.citizenshop.integration.json;
