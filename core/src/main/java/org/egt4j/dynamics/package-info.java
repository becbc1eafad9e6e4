/**
 * Vector fields of evolutionary dynamics: the {@link org.egt4j.dynamics.VectorField} contract
 * (derivative and exact Jacobian written into caller arrays) and the multi-population
 * {@link org.egt4j.dynamics.Replicator}.
 */
package org.egt4j.dynamics;
