// Tactus pages work without JavaScript; this file only enhances them.
(function () {
	'use strict';

	function confirmForms() {
		document.querySelectorAll('form[data-confirm]').forEach(function (form) {
			form.addEventListener('submit', function (event) {
				if (!window.confirm(form.getAttribute('data-confirm'))) {
					event.preventDefault();
				}
			});
		});
	}

	// Shows upload progress, then follows the redirect to the dataset page.
	function uploadProgress() {
		var form = document.getElementById('upload-form');
		var status = document.getElementById('upload-progress');
		if (!form || !status || !window.FormData) {
			return;
		}
		form.addEventListener('submit', function (event) {
			event.preventDefault();
			var request = new XMLHttpRequest();
			request.open('POST', form.action);
			request.upload.addEventListener('progress', function (e) {
				if (e.lengthComputable) {
					status.hidden = false;
					status.textContent = status.getAttribute('data-label').replace('{0}', Math.round(e.loaded * 100 / e.total));
				}
			});
			request.addEventListener('load', function () {
				window.location.href = request.responseURL || form.action;
			});
			request.addEventListener('error', function () {
				form.submit();
			});
			request.send(new FormData(form));
		});
	}

	// Polls a running import and reloads the page when it is done.
	function importProgress() {
		var box = document.getElementById('import-progress');
		if (!box) {
			return;
		}
		var url = box.getAttribute('data-progress-url');
		var text = document.getElementById('import-status');
		var bar = box.querySelector('progress');
		var refresh = box.querySelector('meta[http-equiv=refresh]');
		if (refresh) {
			refresh.remove();
		}
		function poll() {
			fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
				.then(function (response) { return response.json(); })
				.then(function (p) {
					if (p.status !== 'PROCESSING') {
						window.location.reload();
						return;
					}
					text.textContent = p.stage + ': ' + p.rowsRead.toLocaleString() + ' rows';
					if (p.percent >= 0) {
						bar.value = p.percent;
					}
					window.setTimeout(poll, 1000);
				})
				.catch(function () { window.setTimeout(poll, 3000); });
		}
		poll();
	}

	document.addEventListener('DOMContentLoaded', function () {
		confirmForms();
		uploadProgress();
		importProgress();
	});
})();
