// Package check finds figures in Vietnamese reports that do not add up, within one article and across articles.
package check
