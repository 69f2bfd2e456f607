package io.tactus.web.datasets;

/** Why an import must stop before it ends. */
enum ImportStop {

	/** It goes on. */
	NONE,

	/** This node no longer holds its lease. */
	LOST,

	/** This node is stopping. */
	NODE_STOPPING

}
