package io.tactus.web.wages;

import java.util.Locale;

import io.tactus.reports.statistics.DuplicateStateRowException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the wage pages and exports as pages: a parameter that cannot be used is a 400
 * naming it, an unknown state a 404, no data yet a page that says so.
 */
@ControllerAdvice(assignableTypes = { WagesController.class, WageExportController.class })
class WagesPageAdvice {

	private final MessageSource messages;

	WagesPageAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidWageParameterException.class)
	ModelAndView invalidParameter(InvalidWageParameterException ex, Locale locale) {
		ModelAndView view = new ModelAndView("wages/invalid", HttpStatus.BAD_REQUEST);
		view.addObject("parameter", ex.parameter());
		view.addObject("value", ex.value());
		view.addObject("reason", ex.reason(this.messages, locale));
		return view;
	}

	@ExceptionHandler(StateNotFoundException.class)
	ModelAndView stateNotFound(StateNotFoundException ex) {
		ModelAndView view = new ModelAndView("wages/notFound", HttpStatus.NOT_FOUND);
		view.addObject("code", ex.code());
		if (ex.state() != null) {
			view.addObject("name", ex.state().title());
			view.addObject("year", ex.selection().yearText());
			view.addObject("occupation", ex.selection().occupation().code());
		}
		return view;
	}

	@ExceptionHandler(DuplicateStateRowException.class)
	ModelAndView duplicateRows(DuplicateStateRowException ex) {
		ModelAndView view = new ModelAndView("wages/unusable", HttpStatus.INTERNAL_SERVER_ERROR);
		view.addObject("name", ex.state().title());
		view.addObject("occupation", ex.occupationCode());
		return view;
	}

	@ExceptionHandler(NoWageDataException.class)
	ModelAndView noData() {
		return new ModelAndView("wages/noData", HttpStatus.NOT_FOUND);
	}

}
