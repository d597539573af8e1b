/** Policies that span aggregates: how waits are estimated, how the next ticket is chosen. */
package org.citizenshop.domain.service;
