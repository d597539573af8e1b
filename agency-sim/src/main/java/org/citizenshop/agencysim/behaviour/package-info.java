/** The admin switches that make a simulated agency slow, flaky or down, and the gate that applies them to its requests. */
package org.citizenshop.agencysim.behaviour;
