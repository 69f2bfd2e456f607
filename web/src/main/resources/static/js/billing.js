// Enhancements of the billing pages; they work without it.
// "Add a row" adds the row in place instead of reloading the form.
document.addEventListener('DOMContentLoaded', function () {
	var button = document.getElementById('billing-add-row');
	var body = document.querySelector('table.billing-services tbody');
	if (!button || !body) {
		return;
	}
	button.addEventListener('click', function (event) {
		var rows = body.querySelectorAll('tr.billing-row');
		if (rows.length === 0 || rows.length >= 30) {
			return;
		}
		event.preventDefault();
		var last = rows[rows.length - 1];
		var index = rows.length;
		var copy = last.cloneNode(true);
		copy.classList.remove('billing-flagged');
		copy.querySelectorAll('.error').forEach(function (error) { error.remove(); });
		copy.querySelectorAll('.has-error').forEach(function (cell) { cell.classList.remove('has-error'); });
		copy.querySelector('th').textContent = String(index + 1);
		copy.querySelectorAll('input, select, label').forEach(function (element) {
			['id', 'name', 'for'].forEach(function (attribute) {
				var value = element.getAttribute(attribute);
				if (value) {
					element.setAttribute(attribute, value.replace(/\d+/, String(index)));
				}
			});
			element.removeAttribute('aria-invalid');
			if (element.tagName === 'INPUT') {
				element.value = '';
			}
			if (element.tagName === 'SELECT') {
				element.selectedIndex = 0;
			}
			if (element.tagName === 'LABEL') {
				element.textContent = element.textContent.replace(/\d+/, String(index + 1));
			}
		});
		body.appendChild(copy);
		var first = copy.querySelector('select');
		if (first) {
			first.focus();
		}
	});
});
