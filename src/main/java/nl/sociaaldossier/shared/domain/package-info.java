/** Building blocks every part of the domain uses: the rule-violation error. */
package nl.sociaaldossier.shared.domain;
