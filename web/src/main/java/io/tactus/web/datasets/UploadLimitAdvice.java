package io.tactus.web.datasets;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A file over the upload limit: 413 with a message on the API, back to the upload page
 * with the message on pages.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String message = "The file is larger than the limit of " + (DatasetService.MAX_UPLOAD_BYTES / 1024 / 1024)
				+ " MB.";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
						+ message + "\"}");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/admin/datasets?tooLarge");
		}
	}

	@ExceptionHandler(MultipartException.class)
	void notMultipart(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
