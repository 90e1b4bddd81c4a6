namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.26 DataEnumType: Data type of a device model variable
/// (VariableCharacteristicsType.dataType).
/// </summary>
public enum DataEnumType
{
    @string,

    @decimal,

    integer,

    dateTime,

    boolean,

    /// <summary>One value out of valuesList.</summary>
    OptionList,

    /// <summary>An ordered subset of valuesList.</summary>
    SequenceList,

    /// <summary>An unordered subset of valuesList.</summary>
    MemberList,
}
