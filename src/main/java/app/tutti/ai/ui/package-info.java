/**
 * The AI in the editor: the Continue dialog (toolbar item, Ctrl+Shift+G) and the proposal panel
 * that shows progress, the ghost notes' provenance and the accept / regenerate / reject actions.
 */
@NullMarked
package app.tutti.ai.ui;

import org.jspecify.annotations.NullMarked;
