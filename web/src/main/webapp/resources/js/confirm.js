/*
 * A button with data-confirm="question" asks the question before it acts; "Cancel" stops the click.
 * (An inline onclick="return confirm(…)" would not run under the content security policy.) The
 * listener sits on the document, so buttons an ajax update brings in are covered too.
 */
document.addEventListener('click', function (event) {
    var control = event.target.closest ? event.target.closest('[data-confirm]') : null;
    if (control && !window.confirm(control.getAttribute('data-confirm'))) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
