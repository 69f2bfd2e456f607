/**
 * Accounts, roles and clinics (tenants): sign-up, the admin bootstrap, user management
 * pages and API.
 */
@ApplicationModule
package io.tactus.web.account;

import org.springframework.modulith.ApplicationModule;
