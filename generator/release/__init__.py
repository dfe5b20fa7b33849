"""The release stage: generated clients -> checked wheels (build), releases (semver policy, changelog, tag) and
uploads to a package index (publish)."""
