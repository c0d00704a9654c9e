/** Small in-process helpers features' services share. Depends on no feature. */
@NullMarked
package app.tutti.base.service;

import org.jspecify.annotations.NullMarked;
