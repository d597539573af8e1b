/** Taking handed-off requests from the queue, running them through the agency's route, reporting the outcome. */
package org.citizenshop.integration.delivery;
