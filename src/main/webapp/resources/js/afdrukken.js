// The print button of the inzageverzoek page; a script file rather than inline, for the Content-Security-Policy.
document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('.afdrukken')) {
        window.print();
    }
});
