/** The app shell (layout, navigation, error pages). Knows no feature: views add themselves with {@code @Menu}. */
@NullMarked
package app.tutti.base.ui;

import org.jspecify.annotations.NullMarked;
