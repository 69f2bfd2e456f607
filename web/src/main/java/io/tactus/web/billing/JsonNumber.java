package io.tactus.web.billing;

import java.math.BigDecimal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a JSON number as a {@link BigDecimal} and nothing else: a string (even
 * {@code "23"}, or one that Jackson would trim to nothing, such as {@code "\u0000"}), a
 * boolean, a list or an object is refused as a value of the wrong type, naming the field.
 * The number is only read here; its range is checked before any arithmetic.
 */
final class JsonNumber extends ValueDeserializer<BigDecimal> {

	@Override
	public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
			return parser.getDecimalValue();
		}
		return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
	}

}
