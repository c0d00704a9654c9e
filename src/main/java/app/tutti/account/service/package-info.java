/** Registration, password rules, and what Spring Security needs to log users in. */
@NullMarked
package app.tutti.account.service;

import org.jspecify.annotations.NullMarked;
