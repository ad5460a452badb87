"""Vendored third-party JavaScript (see README.md here): a package only so that wheels ship it."""
