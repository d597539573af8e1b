/**
 * Cases: what a citizen asked for in one visit (a life event or a single service), and the tasks
 * the agencies do for it, each with its state, its SLA clock and the agency's answer.
 */
package org.citizenshop.domain.model.cases;
