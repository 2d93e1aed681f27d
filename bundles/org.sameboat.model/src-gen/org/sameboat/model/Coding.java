/**
 */
package org.sameboat.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.Coding#getCode <em>Code</em>}</li>
 *   <li>{@link org.sameboat.model.Coding#getCoder <em>Coder</em>}</li>
 *   <li>{@link org.sameboat.model.Coding#getStart <em>Start</em>}</li>
 *   <li>{@link org.sameboat.model.Coding#getEnd <em>End</em>}</li>
 *   <li>{@link org.sameboat.model.Coding#getCreated <em>Created</em>}</li>
 *   <li>{@link org.sameboat.model.Coding#getMemo <em>Memo</em>}</li>
 *   <li>{@link org.sameboat.model.Coding#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.sameboat.model.Coding#isAddressedToGroup <em>Addressed To Group</em>}</li>
 *   <li>{@link org.sameboat.model.Coding#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @see org.sameboat.model.SameboatPackage#getCoding()
 * @model
 * @generated
 */
public interface Coding extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' reference.
	 * @see #setCode(Code)
	 * @see org.sameboat.model.SameboatPackage#getCoding_Code()
	 * @model required="true"
	 * @generated
	 */
	Code getCode();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coding#getCode <em>Code</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' reference.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(Code value);

	/**
	 * Returns the value of the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coder</em>' reference.
	 * @see #setCoder(Coder)
	 * @see org.sameboat.model.SameboatPackage#getCoding_Coder()
	 * @model required="true"
	 * @generated
	 */
	Coder getCoder();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coding#getCoder <em>Coder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coder</em>' reference.
	 * @see #getCoder()
	 * @generated
	 */
	void setCoder(Coder value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.sameboat.model.SameboatPackage#getCoding_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coding#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.sameboat.model.SameboatPackage#getCoding_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coding#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the coding was made, in milliseconds since the Unix epoch (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(long)
	 * @see org.sameboat.model.SameboatPackage#getCoding_Created()
	 * @model
	 * @generated
	 */
	long getCreated();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coding#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(long value);

	/**
	 * Returns the value of the '<em><b>Memo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memo</em>' attribute.
	 * @see #setMemo(String)
	 * @see org.sameboat.model.SameboatPackage#getCoding_Memo()
	 * @model
	 * @generated
	 */
	String getMemo();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coding#getMemo <em>Memo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memo</em>' attribute.
	 * @see #getMemo()
	 * @generated
	 */
	void setMemo(String value);

	/**
	 * Returns the value of the '<em><b>Addressee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The coder's word on whom this coding (the help it marks) is addressed to, when it is one participant; absent, the addressee is inferred (see Addressees) or given by addressedToGroup. Format 3 and later.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressee</em>' reference.
	 * @see #setAddressee(Participant)
	 * @see org.sameboat.model.SameboatPackage#getCoding_Addressee()
	 * @model
	 * @generated
	 */
	Participant getAddressee();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coding#getAddressee <em>Addressee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee</em>' reference.
	 * @see #getAddressee()
	 * @generated
	 */
	void setAddressee(Participant value);

	/**
	 * Returns the value of the '<em><b>Addressed To Group</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The coder's word that this coding (the help it marks) is addressed to the whole group; ignored when addressee is set. Format 3 and later.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressed To Group</em>' attribute.
	 * @see #setAddressedToGroup(boolean)
	 * @see org.sameboat.model.SameboatPackage#getCoding_AddressedToGroup()
	 * @model default="false"
	 * @generated
	 */
	boolean isAddressedToGroup();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coding#isAddressedToGroup <em>Addressed To Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressed To Group</em>' attribute.
	 * @see #isAddressedToGroup()
	 * @generated
	 */
	void setAddressedToGroup(boolean value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.sameboat.model.Document#getCodings <em>Codings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' container reference.
	 * @see #setDocument(Document)
	 * @see org.sameboat.model.SameboatPackage#getCoding_Document()
	 * @see org.sameboat.model.Document#getCodings
	 * @model opposite="codings"
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coding#getDocument <em>Document</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' container reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

} // Coding
