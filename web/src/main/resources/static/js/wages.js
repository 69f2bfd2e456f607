// Enhancements of the wages pages; they work without it.
// The state table sorts in place when a column heading is selected (the links still work without script).
(function () {
	'use strict';
	function ready(fn) {
		if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
	}
	ready(function () {
		var table = document.getElementById('wages-table');
		if (!table || !table.tBodies.length) { return; }
		var headers = table.tHead.rows[0].cells;
		Array.prototype.forEach.call(headers, function (th, index) {
			var link = th.querySelector('a.sort-link');
			if (!link) { return; }
			link.addEventListener('click', function (event) {
				event.preventDefault();
				var descending = link.getAttribute('data-dir') === 'desc';
				sortBy(index, descending);
				Array.prototype.forEach.call(headers, function (other) {
					other.removeAttribute('aria-sort');
					var arrow = other.querySelector('.sort-arrow');
					if (arrow) { arrow.remove(); }
					var otherLink = other.querySelector('a.sort-link');
					if (otherLink && other !== th) {
						otherLink.setAttribute('data-dir', other.getAttribute('data-key') === 'state'
							|| other.getAttribute('data-key') === 'rankByMedian' ? 'asc' : 'desc');
					}
				});
				th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
				var span = document.createElement('span');
				span.className = 'sort-arrow';
				span.setAttribute('aria-hidden', 'true');
				span.textContent = descending ? ' \u25BC' : ' \u25B2';
				th.appendChild(span);
				link.setAttribute('data-dir', descending ? 'asc' : 'desc');
				if (window.history && window.history.replaceState) {
					window.history.replaceState(null, '', link.getAttribute('href'));
				}
				updateExports(th.getAttribute('data-key'), descending);
			});
		});
		function sortBy(index, descending) {
			var body = table.tBodies[0];
			var rows = Array.prototype.slice.call(body.rows);
			var text = headers[index].getAttribute('data-key') === 'state';
			rows.sort(function (a, b) {
				var x = a.cells[index].getAttribute('data-value');
				var y = b.cells[index].getAttribute('data-value');
				var nameA = a.cells[0].getAttribute('data-value');
				var nameB = b.cells[0].getAttribute('data-value');
				if (text) {
					return descending ? y.localeCompare(x) : x.localeCompare(y);
				}
				if (x === '' && y === '') { return nameA.localeCompare(nameB); }
				if (x === '') { return 1; }
				if (y === '') { return -1; }
				// A demand score ranks only among scores from as many components: more first.
				var g = (parseFloat(b.cells[index].getAttribute('data-group')) || 0)
					- (parseFloat(a.cells[index].getAttribute('data-group')) || 0);
				if (g !== 0) { return g; }
				var d = descending ? parseFloat(y) - parseFloat(x) : parseFloat(x) - parseFloat(y);
				return d !== 0 ? d : nameA.localeCompare(nameB);
			});
			rows.forEach(function (row) { body.appendChild(row); });
		}
		function updateExports(key, descending) {
			['export-xlsx', 'export-csv'].forEach(function (id) {
				var a = document.getElementById(id);
				if (!a) { return; }
				var url = new URL(a.href, window.location.href);
				url.searchParams.set('sort', key);
				url.searchParams.set('dir', descending ? 'desc' : 'asc');
				a.href = url.pathname + url.search;
			});
			var form = document.getElementById('wages-filters');
			if (form) {
				form.querySelector('input[name=sort]').value = key;
				form.querySelector('input[name=dir]').value = descending ? 'desc' : 'asc';
			}
		}
	});
}());
