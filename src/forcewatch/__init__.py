"""forcewatch: build, check and analyse the record of people killed by police in the US."""

__version__ = "0.1.0"
