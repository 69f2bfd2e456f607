// Tactus pages work without JavaScript; this file only enhances them.
(function () {
	'use strict';
	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('[data-confirm]').forEach(function (form) {
			form.addEventListener('submit', function (event) {
				if (!window.confirm(form.getAttribute('data-confirm'))) {
					event.preventDefault();
				}
			});
		});
	});
})();
