/** Permission checks for projects. */
@NullMarked
package app.tutti.sharing.service;

import org.jspecify.annotations.NullMarked;
