/*
 * Display board behaviour: a call pushed over the Faces web socket refreshes the list (when it is
 * this board's shop), then a chime and a spoken announcement in the shop's language. Browsers only
 * play sound after a user gesture, so the "turn sound on" button arms it once.
 */
var citizenShopBoard = (function () {
    var soundOn = false;
    var audio = null;

    function form() {
        return document.getElementById('board');
    }

    function chime() {
        if (!soundOn || !audio) {
            return;
        }
        [660, 880].forEach(function (frequency, index) {
            var oscillator = audio.createOscillator();
            var gain = audio.createGain();
            var start = audio.currentTime + index * 0.35;
            oscillator.frequency.value = frequency;
            gain.gain.setValueAtTime(0.25, start);
            gain.gain.exponentialRampToValueAtTime(0.001, start + 0.6);
            oscillator.connect(gain).connect(audio.destination);
            oscillator.start(start);
            oscillator.stop(start + 0.6);
        });
    }

    function speak(text) {
        if (!soundOn || !('speechSynthesis' in window) || !text) {
            return;
        }
        var utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = form().getAttribute('data-speech-lang') || 'pt-PT';
        utterance.rate = 0.9;
        window.speechSynthesis.speak(utterance);
    }

    function tick() {
        var clock = document.getElementById('clock');
        if (clock) {
            clock.textContent = new Date().toLocaleTimeString(document.documentElement.lang || 'pt', {
                hour: '2-digit', minute: '2-digit', hour12: false
            });
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        tick();
        setInterval(tick, 10000);
        var button = document.getElementById('sound');
        if (button) {
            button.addEventListener('click', function () {
                soundOn = true;
                audio = audio || new (window.AudioContext || window.webkitAudioContext)();
                button.textContent = button.getAttribute('data-on');
                button.setAttribute('aria-pressed', 'true');
                chime();
            });
        }
    });

    return {
        onCall: function (message) {
            if (form() && message && message.shop === form().getAttribute('data-shop')) {
                window.refreshBoard();
            }
        },
        announceLatest: function () {
            var latest = document.querySelector('[data-announce]');
            if (latest) {
                latest.classList.add('flash');
                chime();
                speak(latest.getAttribute('data-announce'));
            }
        }
    };
})();
