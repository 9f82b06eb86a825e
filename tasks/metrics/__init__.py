"""Scoring functions shared by tasks (official metric implementations re-written in Python 3)."""
