/**
 * Use cases of the shop as interfaces, with the records they take and return; the UI, the REST API
 * and the integration layer call these and never see an entity.
 */
package org.citizenshop.application;
