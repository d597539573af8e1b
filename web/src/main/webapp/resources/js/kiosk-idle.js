/*
 * A shared kiosk forgets a citizen who walked away. After data-idle-seconds without a touch, a key
 * or a pointer, a warning (an alert dialog, focus on its button, its countdown read out) gives
 * data-warning-seconds to continue; then the screen is wiped: session and local storage cleared,
 * every field emptied, and the browser sent to data-wipe-url, which ends the HTTP session (and a
 * login at the identity provider, if there was one) and comes back to the kiosk's first screen.
 *
 * Everything comes from the data- attributes of this script's element (id "kiosk-idle"), written by
 * the kiosk page: the timings (cs.kiosk.idle-seconds, cs.kiosk.warning-seconds) and the texts in
 * the kiosk's language. The timings are read each time the clock starts, so a test can shorten them.
 * data-armed="false" (the language screen, where nothing is entered yet) leaves the page alone.
 */
(function () {
    'use strict';

    var ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'];
    var config = document.getElementById('kiosk-idle');
    var idleTimer = null;
    var countdownTimer = null;
    var remaining = 0;
    var backdrop = null;
    var hidden = [];
    var focusBefore = null;

    if (!config || config.getAttribute('data-armed') !== 'true') {
        return;
    }

    function seconds(attribute, fallback) {
        var value = parseInt(config.getAttribute(attribute), 10);
        return value > 0 ? value : fallback;
    }

    function text(attribute, count) {
        return (config.getAttribute(attribute) || '').replace('{0}', String(count));
    }

    function arm() {
        window.clearTimeout(idleTimer);
        idleTimer = window.setTimeout(warn, seconds('data-idle-seconds', 90) * 1000);
    }

    function onActivity() {
        if (!backdrop) {
            arm();
        }
    }

    function element(tag, attributes, content) {
        var node = document.createElement(tag);
        Object.keys(attributes).forEach(function (name) {
            node.setAttribute(name, attributes[name]);
        });
        if (content !== undefined) {
            node.textContent = content;
        }
        return node;
    }

    function warn() {
        remaining = seconds('data-warning-seconds', 20);
        focusBefore = document.activeElement;

        backdrop = element('div', {'class': 'kiosk-idle-backdrop'});
        var dialog = element('div', {
            'id': 'kiosk-idle-dialog',
            'class': 'kiosk-idle-dialog',
            'role': 'alertdialog',
            'aria-modal': 'true',
            'aria-labelledby': 'kiosk-idle-title',
            'aria-describedby': 'kiosk-idle-text kiosk-idle-live'
        });
        dialog.appendChild(element('h2', {'id': 'kiosk-idle-title'}, text('data-title')));
        dialog.appendChild(element('p', {'id': 'kiosk-idle-text'}, text('data-text')));
        dialog.appendChild(element('p', {'id': 'kiosk-idle-count', 'class': 'kiosk-idle-count', 'aria-hidden': 'true'},
                String(remaining)));
        dialog.appendChild(element('p', {'id': 'kiosk-idle-live', 'class': 'kiosk-idle-live', 'aria-live': 'assertive',
            'aria-atomic': 'true'}, text('data-countdown', remaining)));
        var button = element('button', {'type': 'button', 'id': 'kiosk-idle-continue', 'class': 'touch primary'},
                text('data-continue'));
        button.addEventListener('click', carryOn);
        dialog.appendChild(button);
        dialog.addEventListener('keydown', keepFocus);
        backdrop.appendChild(dialog);

        // What lies behind the dialog can be neither reached nor read out while it is open.
        hidden = Array.prototype.filter.call(document.body.children, function (child) {
            return !child.inert;
        });
        hidden.forEach(function (child) {
            child.inert = true;
        });
        document.body.appendChild(backdrop);
        button.focus();
        countdownTimer = window.setInterval(tick, 1000);
    }

    function tick() {
        remaining -= 1;
        if (remaining <= 0) {
            wipe();
            return;
        }
        document.getElementById('kiosk-idle-count').textContent = String(remaining);
        // Read out every five seconds and in the last five, not every second.
        if (remaining % 5 === 0 || remaining < 5) {
            document.getElementById('kiosk-idle-live').textContent = text('data-countdown', remaining);
        }
    }

    function keepFocus(event) {
        if (event.key === 'Escape') {
            carryOn();
        } else if (event.key === 'Tab') {
            event.preventDefault();
            document.getElementById('kiosk-idle-continue').focus();
        }
    }

    function carryOn() {
        window.clearInterval(countdownTimer);
        hidden.forEach(function (child) {
            child.inert = false;
        });
        hidden = [];
        backdrop.parentNode.removeChild(backdrop);
        backdrop = null;
        if (focusBefore && focusBefore.focus) {
            focusBefore.focus();
        }
        arm();
    }

    function wipe() {
        window.clearInterval(countdownTimer);
        document.body.classList.add('kiosk-wiping');
        window.sessionStorage.clear();
        window.localStorage.clear();
        Array.prototype.forEach.call(document.querySelectorAll('input, textarea, select'), function (field) {
            if (field.type === 'checkbox' || field.type === 'radio') {
                field.checked = false;
            } else if (field.tagName === 'SELECT') {
                field.selectedIndex = -1;
            } else if (['hidden', 'submit', 'button', 'reset', 'image'].indexOf(field.type) < 0) {
                field.value = '';
            }
        });
        Array.prototype.forEach.call(document.querySelectorAll('.ui-autocomplete-panel'), function (panel) {
            panel.textContent = '';
        });
        // replace: the Back button does not lead back to the wiped screen.
        window.location.replace(config.getAttribute('data-wipe-url'));
    }

    ACTIVITY.forEach(function (type) {
        document.addEventListener(type, onActivity, {capture: true, passive: true});
    });
    arm();
})();
